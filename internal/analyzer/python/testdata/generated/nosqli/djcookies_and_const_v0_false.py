# generated case: rule=PY-NOSQLI source=djcookies propagation=and_const sink=v0 expected=false
from django.http import JsonResponse
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["app"]


def handle_nosqli(request):
    param = request.COOKIES.get("p", "")
    bar = "" and param
    docs = list(db.users.find({"$where": "this.age > " + bar}))
    result = len(docs)
    return JsonResponse({"result": result})
