print("admin-site: not yet")
