# generated case (gen9): category=nosqli rule=PY-NOSQLI fw=fastapi shape=body_dict_login expected=true
from pymongo import MongoClient
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

db = MongoClient("mongodb://localhost:27017")["shop"]


@app.api_route("/nosqli_body_dict_login", methods=["GET", "POST"])
def case_body_dict_login(request: Request, creds: dict = Body(...)):  # want: PY-NO-MFA
    doc = db.users.find_one({"user": creds.get("user"), "pw": creds.get("pw")})  # want: PY-NOSQLI
    return {"result": str(doc is not None)}
