// What `graph export` says about pictures, apart from the code that draws them: the PDF and PNG
// libraries load only when a picture is asked for, not for every command.
export const PICTURE_FORMATS = ['svg', 'png', 'pdf'] as const;
export type PictureFormat = (typeof PICTURE_FORMATS)[number];

export const PICTURE_USAGE = `  export --format svg|png|pdf [--at D | --from A --to B | --compare A..B]
         [--focus ID [--hops K]] [--actors ID,...] [--kinds k1,k2] [--lang en|ja]
         [--size WxH] [--layout schematic|map] [--theme colour|greyscale|print]
         [--title TEXT] [--out FILE]
                                    write the picture the Export dialog draws (caption, legend,
                                    numbered sources) at a day (default: the latest the data
                                    covers), a range or a comparison; --size in pixels (default
                                    1920x1080; a PDF page is that at 96 px to the inch); --layout
                                    map draws the ties over the base map; --theme greyscale
                                    or print colours it for paper; png and pdf need --out
  export --story ID --format pdf [--lang en|ja] [--theme T] --out FILE
                                    write a story's deck: one 16:9 page per scene with its
                                    caption, sources and picture (--theme: every page in it)`;
