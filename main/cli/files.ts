/** The CLI reads and writes the user's files with the same checks the backend applies (one implementation). */
export { readJsonInput as readJsonFile, writeFileAtomic } from '../backend/files/json';
