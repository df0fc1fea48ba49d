# generated case (gen9): category=nosqli rule=PY-NOSQLI fw=fastapi shape=where_hex_value expected=false
from pymongo import MongoClient
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

db = MongoClient("mongodb://localhost:27017")["shop"]


@app.api_route("/nosqli_where_hex_value", methods=["GET", "POST"])
def case_where_hex_value(request: Request, x_q: str = Header("")):
    param = x_q
    docs = list(db.users.find({"$where": "this.tag == '" + param.encode("utf-8").hex() + "'"}))
    return {"result": str(len(docs))}
