# generated case (gen_cases2): rule=PY-SSRF context=djcbvget propagation=helper_int sink=v0 expected=false
import requests

from django.http import JsonResponse
from django.urls import path
from django.views import View

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def to_int_str(value):
    try:
        return str(int(value))
    except ValueError:
        return "0"


class HandleSsrfView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = to_int_str(param)
        resp = requests.get(bar, proxies=PROXIES, timeout=5)
        result = resp.status_code
        return JsonResponse({"result": result})


urlpatterns = [
    path("ssrf/", HandleSsrfView.as_view(), name="ssrf"),
]
