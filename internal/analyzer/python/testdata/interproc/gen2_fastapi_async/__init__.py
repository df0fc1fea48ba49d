# gen2_fastapi_async: async routes await async services in another module
