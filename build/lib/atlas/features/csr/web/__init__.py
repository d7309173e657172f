"""features/csr/web"""
