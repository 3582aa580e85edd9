export { buildApp, type AppConfig } from './build-app.js';
export { startServer, type StartOptions, type RunningServer } from './start-server.js';
