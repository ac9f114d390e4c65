"""The New VM wizard: install method, source and OS, memory and CPUs, storage, then name, network and Finish."""
