# generated case (gen_cases7): category=weakhash rule=PY-WEAK-HASH fw=fastapi source=formparam shape=alias_import_sha1_password sink=specific expected=true
from fastapi import FastAPI, Form, Request
from hashlib import sha1 as fingerprint

app = FastAPI()


@app.post("/case-00366")
async def case_00366(request: Request, q: str = Form("")):
    param = q
    bar = param
    result = fingerprint(bar.encode("utf-8")).hexdigest()  # want: PY-WEAK-HASH
    return {"result": str(result)}
