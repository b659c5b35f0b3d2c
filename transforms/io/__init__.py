"""What touches the outside world, without Beam: the HTTP client (``fetch``), the dataset on disk
(``dataset``: bucket files, the index; ``layout``: every path under an output root; ``commit``:
staging, the journal and recovery; ``windows``: the streaming variant's files) and what newsbeam
remembers about each feed between runs (``feedstate``). Plain functions and classes over sockets
and pyarrow filesystems, called from the composites (``transforms.composites``) and the CLI."""
