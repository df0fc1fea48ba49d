# generated case (gen_cases5): category=deser rule=PY-DESERIALIZATION fw=fastapi source=pathparam shape=yaml_safe_load_all expected=false
import yaml

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00405/{test_id}")
def benchmark_test_00405(request: Request, test_id: str):
    param = test_id
    bar = param
    docs = list(yaml.safe_load_all(bar))
    result = len(docs)
    return {"result": str(result)}
