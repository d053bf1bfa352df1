/** Ingestion: format readers and the Camel routes that carry files into the pipeline. */
package org.thbhub.ingest;
