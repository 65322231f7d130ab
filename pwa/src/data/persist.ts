/** Asks the browser to keep this app's storage (see core's requestPersistence). */
export { requestPersistence } from '@jalon/core/storage';
