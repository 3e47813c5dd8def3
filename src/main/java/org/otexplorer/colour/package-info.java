/**
 * Colour transfer by optimal transport (thesis §2.4.4, Fig. 2.7; math.md §16.7): per channel on 256-bin
 * histograms (the exact monotone map, IPOT, Sinkhorn) and jointly in RGB on a random sample of pixels with the
 * barycentric map extended to every pixel by its nearest sample; plus two small images the explorer paints itself.
 * Images are plain arrays ({@link org.otexplorer.colour.RgbImage}); reading and writing files is in io. Imports the
 * engine and histogram packages only; never JavaFX, AWT or io.
 */
package org.otexplorer.colour;
