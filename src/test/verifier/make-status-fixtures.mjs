// Issues, from a fixed test seed, a credential with a BitstringStatusListEntry and the signed status list it points
// to, with Digital Bazaar's own libraries, so that the verifier's "revoked" and "valid" can be tested on documents
// Attune did not make. Writes credential.json, status-list.json and controller-document.json into <directory>.
//
//   node make-status-fixtures.mjs <directory> revoked|valid
import {writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import * as vc from '@digitalbazaar/vc';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022CryptoSuite} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import {BitstringStatusList, createCredential, VC_BSL_VC_V2_CONTEXT} from '@digitalbazaar/vc-bitstring-status-list';
import * as credentialsContext from '@digitalbazaar/credentials-context';
import * as dataIntegrityContext from '@digitalbazaar/data-integrity-context';

const [directory, state] = process.argv.slice(2);
if(!directory || !['revoked', 'valid'].includes(state)) {
  process.stderr.write('usage: node make-status-fixtures.mjs <directory> revoked|valid\n');
  process.exit(2);
}

const ISSUER = 'did:web:issuer.example';
const STATUS_LIST = 'https://issuer.example/credentials/status/1';
const INDEX = 94567;
// A fixed seed, so the issuer's key is the same on every run; a test key, never used for anything else.
const SEED = new Uint8Array(32).fill(7);

const key = await Ed25519Multikey.generate({seed: SEED, controller: ISSUER});
key.id = `${ISSUER}#key-1`;
const controllerDocument = {
  '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
  id: ISSUER,
  verificationMethod: [await key.export({publicKey: true, includeContext: false})],
  assertionMethod: [key.id]
};

const contexts = new Map([...credentialsContext.contexts, ...dataIntegrityContext.contexts]);
const documentLoader = async url => {
  if(!contexts.has(url)) {
    throw new Error(`Document not available offline: ${url}`);
  }
  return {contextUrl: null, documentUrl: url, document: contexts.get(url)};
};
const suite = () => new DataIntegrityProof({signer: key.signer(), cryptosuite: eddsaRdfc2022CryptoSuite});

const list = new BitstringStatusList({length: 131072});
list.setStatus(INDEX, state === 'revoked');
const statusList = await vc.issue({
  credential: {
    ...await createCredential({id: STATUS_LIST, list, statusPurpose: 'revocation', context: VC_BSL_VC_V2_CONTEXT}),
    issuer: ISSUER,
    validFrom: '2026-01-01T00:00:00Z'
  },
  suite: suite(),
  documentLoader
});
const credential = await vc.issue({
  credential: {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id: 'urn:uuid:0b7a8f0e-6a3e-4f3e-9c4e-2d1f5c9a7b21',
    type: ['VerifiableCredential'],
    issuer: ISSUER,
    validFrom: '2026-01-01T00:00:00Z',
    credentialSubject: {id: 'did:example:learner', name: 'A test learner'},
    credentialStatus: {
      id: `${STATUS_LIST}#${INDEX}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(INDEX),
      statusListCredential: STATUS_LIST
    }
  },
  suite: suite(),
  documentLoader
});

const write = (name, document) => writeFile(join(directory, name), JSON.stringify(document, null, 2));
await write('credential.json', credential);
await write('status-list.json', statusList);
await write('controller-document.json', controllerDocument);
