# generated case (gen_cases2): rule=PY-SSRF context=djcbvpost propagation=values_loop sink=v1 expected=true
import requests

from django.http import JsonResponse
from django.urls import path
from django.views import View

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class HandleSsrfView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        bar = ""
        for v in {"p": param}.values():
            bar = v
        resp = requests.post(bar, json={"event": "ping"}, proxies=PROXIES, timeout=5)  # want: PY-SSRF
        result = resp.status_code
        return JsonResponse({"result": result})


urlpatterns = [
    path("ssrf/", HandleSsrfView.as_view(), name="ssrf"),
]
