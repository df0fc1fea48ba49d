# generated case (gen_cases2): rule=PY-SSRF context=djcbvget propagation=recursion_const sink=v0 expected=false
import requests

from django.http import JsonResponse
from django.urls import path
from django.views import View

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def unwrap(value, depth):
    if depth <= 0:
        return "safe"
    return unwrap(value, depth - 1)


class HandleSsrfView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = unwrap(param, 3)
        resp = requests.get(bar, proxies=PROXIES, timeout=5)
        result = resp.status_code
        return JsonResponse({"result": result})


urlpatterns = [
    path("ssrf/", HandleSsrfView.as_view(), name="ssrf"),
]
