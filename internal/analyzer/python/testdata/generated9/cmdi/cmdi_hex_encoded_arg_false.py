# generated case (gen9): category=cmdi rule=PY-CMDI fw=fastapi shape=hex_encoded_arg expected=false
import os
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/cmdi_hex_encoded_arg", methods=["GET", "POST"])
def case_hex_encoded_arg(request: Request, q: str = Cookie("")):
    param = q
    rc = os.system("echo " + param.encode("utf-8").hex())
    return {"result": str(rc)}
