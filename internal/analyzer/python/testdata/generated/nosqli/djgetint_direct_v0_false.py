# generated case: rule=PY-NOSQLI source=djgetint propagation=direct sink=v0 expected=false
from django.http import JsonResponse
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["app"]


def handle_nosqli(request):
    param = str(int(request.GET.get("p", "0")))
    bar = param
    docs = list(db.users.find({"$where": "this.age > " + bar}))
    result = len(docs)
    return JsonResponse({"result": result})
