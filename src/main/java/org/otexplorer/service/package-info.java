/**
 * The background compute service: runs solves, derivatives and optimizers off the FX thread, newest
 * request wins, stale work is cancelled, progress is published throttled. The only way the ui reaches
 * computation.
 */
package org.otexplorer.service;
