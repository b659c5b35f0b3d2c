from setuptools import setup

setup()  # metadata is in pyproject.toml; this shim is what Beam's --setup_file runs
