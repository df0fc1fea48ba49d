# generated case (gen_cases7): category=weakhash rule=PY-WEAK-HASH fw=fastapi source=cookie shape=configparser_md5 sink=specific expected=true
import configparser
import hashlib

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/case-00360")
async def case_00360(request: Request):
    param = request.cookies.get("q", "none")
    bar = param
    cp = configparser.ConfigParser()
    cp.read_string("[hash]\nalgo = md5\n")
    result = hashlib.new(cp["hash"]["algo"], bar.encode("utf-8")).hexdigest()  # want: PY-WEAK-HASH
    return {"result": str(result)}
