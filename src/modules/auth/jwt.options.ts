import type { AppConfig } from '../../config/app-config.js';

export const JWT_AUDIENCE = 'growhere-api';
export const jwtIssuer = (config: AppConfig) => config.linkBaseUrl;
