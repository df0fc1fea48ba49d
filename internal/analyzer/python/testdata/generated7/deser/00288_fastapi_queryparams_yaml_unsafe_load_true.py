# generated case (gen_cases7): category=deser rule=PY-DESERIALIZATION fw=fastapi source=queryparams shape=yaml_unsafe_load sink=specific expected=true
import yaml

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/case-00288")
async def case_00288(request: Request):
    param = request.query_params.get("q", "")
    bar = param
    obj = yaml.unsafe_load(bar)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": str(result)}
