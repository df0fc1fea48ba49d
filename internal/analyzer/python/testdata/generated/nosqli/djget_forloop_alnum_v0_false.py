# generated case: rule=PY-NOSQLI source=djget propagation=forloop_alnum sink=v0 expected=false
from django.http import JsonResponse
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["app"]


def handle_nosqli(request):
    param = request.GET.get("p", "")
    bar = ""
    for c in param:
        if c.isalnum():
            bar += c
    docs = list(db.users.find({"$where": "this.age > " + bar}))
    result = len(docs)
    return JsonResponse({"result": result})
