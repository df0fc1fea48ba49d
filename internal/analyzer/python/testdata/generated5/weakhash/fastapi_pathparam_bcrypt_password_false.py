# generated case (gen_cases5): category=weakhash rule=PY-WEAK-HASH fw=fastapi source=pathparam shape=bcrypt_password expected=false
import bcrypt

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00097/{test_id}")
def benchmark_test_00097(request: Request, test_id: str):
    param = test_id
    bar = param
    password = bar
    hashed = bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=12))
    result = len(hashed)
    return {"result": str(result)}
