"""The Beam composites: each wires pure functions (``transforms``' top-level modules,
``transforms.formats``, ``transforms.quotes``) and I/O (``transforms.io``) into a PTransform, and
routes failures to a rejects output; none holds a rule of its own.

In the order ``pipeline.build`` applies them: ``sources.ReadFiles`` and ``feeds.FetchFeeds``
(documents), ``fetch_articles.FetchArticles`` (--fetch-articles), ``parse.ParseDocuments`` and
``parse.NormalizeArticles`` (entries, articles), then the write's phases ``decide.DecideArticles``,
``extract.ExtractQuotes`` and ``stage.Stage*`` (``write.WriteDataset`` bundles them for a library
caller; ``write_config`` is what they share), and ``feeds.SaveFeedStates`` after the commit."""
