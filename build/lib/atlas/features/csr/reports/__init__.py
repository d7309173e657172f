"""features/csr/reports"""
