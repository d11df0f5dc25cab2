/** Machinery of the batch module (the external sort); not API, free to change. */
package io.github.canbao.registration.batch.internal;
