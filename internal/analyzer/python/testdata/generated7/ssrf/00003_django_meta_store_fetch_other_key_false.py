# generated case (gen_cases7): category=ssrf rule=PY-SSRF fw=django source=meta shape=store_fetch_other_key (helper class) sink=v1 expected=false
import urllib.request

from django.http import JsonResponse
from django.urls import path


class RequestStore:
    def __init__(self):
        self.items = {}

    def put(self, key, value):
        self.items[key] = value

    def fetch(self, key):
        return self.items.get(key, "")

    def describe(self):
        return "items: %d" % len(self.items)


class Test:
    def do_something(self, request, param):
        store = RequestStore()
        store.put("term", param)
        store.put("mode", "basic")
        bar = store.fetch("mode")
        return bar


def case_00003(request):
    param = request.META.get("HTTP_X_QUERY", "")
    bar = Test().do_something(request, param)
    with urllib.request.urlopen(bar, timeout=5) as resp:  # want: PY-HTTP-NO-PROXY
        result = resp.status
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00003/", case_00003),
]
