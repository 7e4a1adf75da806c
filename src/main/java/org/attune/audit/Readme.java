package org.attune.audit;

import org.attune.certificate.Retention;

/** The pack's README.txt: what each file holds, and how anyone checks that none was changed since Attune signed. */
final class Readme {

    private Readme() {}

    static String text(String courseTitle, AuditRange range, Retention kept) {
        return String.join(
                "\r\n",
                "Audit pack: " + courseTitle + " (" + range.courseSlug() + ")",
                "Records from " + range.from() + " to " + range.to() + " (both days included, UTC).",
                "",
                "A certificate belongs to the range when it was earned or issued on one of those days, an attempt when",
                "it was started, an evaluation when it was submitted. The records are kept " + kept.years() + " years",
                "(" + kept.because() + ").",
                "",
                "FILES",
                "  roster.csv               one row per certificate: the learner as the certificate printed them (name,",
                "                           profession, licences), their email, the dates, the CE hours and the",
                "                           credits per approval",
                "  certificate-approvals.csv  each approval a certificate was issued under, as it froze it: body,",
                "                           approval number and period, format, credits, the statement printed",
                "  certificates.csv         every certificate with its status: issued, revoked (when, why) or superseded",
                "                           (by which reissued certificate)",
                "  certificate-events.csv   each certificate's audit trail: earned, issued, approved, revoked, reissued,",
                "                           a correction asked for or declined; when, by whom, why",
                "  time-on-task.csv         each certified learner's reading time per module, as the lesson pages",
                "                           counted it while the learner was active",
                "  attempts.csv             every post-test attempt: when started and submitted, the score, the pass mark",
                "  evaluations.csv          every course evaluation's answers; evaluation-summary.csv counts them",
                "  content/                 the text of every revision of each module that was live in the range;",
                "                           content/revisions.csv lists them. A revision published before Attune kept",
                "                           revisions' text is a file ending in -HASH-ONLY.txt giving its content hash.",
                "  course.txt               the course, the approvals it holds now, its CE categories and modules",
                "  disclosures.txt          authors and instructors with their credentials, conflicts of interest,",
                "                           commercial support, as the course discloses them",
                "  manifest.json            the SHA-256 and size of every file above, and the key that signed it",
                "  manifest.sig             the Ed25519 signature of manifest.json, made with Attune's issuer key",
                "  issuer-key.pem           that key's public half",
                "",
                "CSV files are UTF-8 with a header row. A cell that begins with = + - @ or a tab has an apostrophe put",
                "before it, so that no spreadsheet runs it as a formula.",
                "",
                "CHECKING THE PACK",
                "1. The signature (OpenSSL 3):",
                "     openssl pkeyutl -verify -pubin -inkey issuer-key.pem -rawin -in manifest.json -sigfile manifest.sig",
                "   It prints 'Signature Verified Successfully' when manifest.json is exactly as Attune signed it.",
                "2. That the key is Attune's: manifest.json names it (signature.verificationMethod, a did:web key id)",
                "   with its publicKeyMultibase. The provider's DID document, at /.well-known/did.json of its Attune",
                "   address, lists that id with the same publicKeyMultibase.",
                "3. Every file against the manifest (Python 3, in the folder the pack was unzipped into):",
                "     python3 -c \"import json,hashlib; m=json.load(open('manifest.json')); "
                        + "print(*[('ok ' if hashlib.sha256(open(f['path'],'rb').read()).hexdigest()==f['sha256'] "
                        + "else 'CHANGED ')+f['path'] for f in m['files']], sep='\\n')\"",
                "");
    }
}
