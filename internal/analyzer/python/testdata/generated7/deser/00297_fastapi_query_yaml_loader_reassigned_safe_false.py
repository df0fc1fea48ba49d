# generated case (gen_cases7): category=deser rule=PY-DESERIALIZATION fw=fastapi source=query shape=yaml_loader_reassigned_safe sink=specific expected=false
import yaml

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/case-00297")
def case_00297(request: Request, q: str = ""):
    param = q
    bar = param
    loader = yaml.UnsafeLoader
    loader = yaml.SafeLoader
    obj = yaml.load(bar, Loader=loader)
    result = type(obj).__name__
    return {"result": str(result)}
