# generated case (gen9): category=cmdi rule=PY-CMDI fw=fastapi shape=enum_typed_param expected=false
import enum
import os
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

class Target(str, enum.Enum):
    web = "nginx"
    db = "postgresql"


@app.api_route("/cmdi_enum_typed_param", methods=["GET", "POST"])
def case_enum_typed_param(request: Request, target: Target = Query(Target.web)):
    rc = os.system("systemctl status " + target.value)
    return {"result": str(rc)}
