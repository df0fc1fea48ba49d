# generated case (gen_cases7): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=query shape=float_conv sink=v2 expected=false
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/case-00191")
def case_00191(request: Request, q: str = ""):
    param = q
    bar = str(float(param))
    namespace = {}
    exec("value = " + bar, namespace)
    result = namespace.get("value")
    return {"result": str(result)}
