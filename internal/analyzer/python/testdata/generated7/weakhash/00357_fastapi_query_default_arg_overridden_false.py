# generated case (gen_cases7): category=weakhash rule=PY-WEAK-HASH fw=fastapi source=query shape=default_arg_overridden sink=specific expected=false
import hashlib

from fastapi import FastAPI, Request

app = FastAPI()


def digest(value, algo="md5"):
    return hashlib.new(algo, value.encode("utf-8")).hexdigest()


@app.get("/case-00357")
def case_00357(request: Request, q: str = ""):
    param = q
    bar = param
    result = digest(bar, algo="sha256")
    return {"result": str(result)}
