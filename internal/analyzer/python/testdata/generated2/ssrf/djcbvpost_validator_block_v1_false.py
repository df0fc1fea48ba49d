# generated case (gen_cases2): rule=PY-SSRF context=djcbvpost propagation=validator_block sink=v1 expected=false
import re
import requests

from django.http import JsonResponse
from django.urls import path
from django.views import View

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


class HandleSsrfView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        bar = param
        result = None
        if is_valid(bar):
            resp = requests.post(bar, json={"event": "ping"}, proxies=PROXIES, timeout=5)
            result = resp.status_code
        return JsonResponse({"result": result})


urlpatterns = [
    path("ssrf/", HandleSsrfView.as_view(), name="ssrf"),
]
