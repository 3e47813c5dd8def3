/**
 * Files in and out: scenario JSON (versioned, strictly validated), CSV point clouds and weights, result
 * JSON, and figure export.
 */
package org.otexplorer.io;
