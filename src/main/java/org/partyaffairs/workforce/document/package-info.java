/**
 * Generated documents, for every capability and knowing none: a printable Chinese PDF (A4, from
 * XHTML and CSS through openhtmltopdf, with the embedded Noto Sans SC subset of {@code
 * src/main/resources/fonts/}, never a font of the machine) and an XLSX workbook (Apache POI), plus
 * how an HTTP answer hands either over as a download. A capability builds its document with {@link
 * org.partyaffairs.workforce.document.PrintedDocument} and {@link
 * org.partyaffairs.workforce.document.SheetWorkbook}; what goes into it is the capability's own.
 * The font and how it was made: {@code tools/fonts/subset-cjk.py}.
 */
@ApplicationModule(allowedDependencies = {})
package org.partyaffairs.workforce.document;

import org.springframework.modulith.ApplicationModule;
