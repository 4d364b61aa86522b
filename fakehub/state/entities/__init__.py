"""The entities of fakehub's state: plain attrs classes, one module per group, no operations.

They are re-exported by :mod:`fakehub.state`; the operations on them are its other modules.
"""
