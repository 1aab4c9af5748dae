/**
 * The Coastwatch application. For now its command line ({@code cli}); the server (sources, API,
 * web console) and the demo join here as they are built.
 */
package io.coastwatch.server;
