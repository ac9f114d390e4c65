"""Small widgets the details window's pages share (graphs, grids, inputs, choosers)."""
