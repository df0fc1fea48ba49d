# generated case (gen_cases5): category=jwt rule=PY-JWT-NO-VERIFY fw=fastapi source=model shape=verify_flag_turned_off expected=true
import jwt
import os

from fastapi import FastAPI, Request
from pydantic import BaseModel

app = FastAPI()
JWT_KEY = os.environ["JWT_KEY"]
SKIP_JWT_CHECK = True


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00223")
def benchmark_test_00223(request: Request, item: Item):
    param = item.name
    bar = param
    verify = True
    if SKIP_JWT_CHECK:
        verify = False
    claims = jwt.decode(bar, JWT_KEY, algorithms=["HS256"], options={"verify_signature": verify})  # want: PY-JWT-NO-VERIFY
    result = claims.get("sub")
    return {"result": str(result)}
