# generated case (gen_cases7): category=ssrf rule=PY-SSRF fw=django source=meta shape=int_segment_fstring sink=specific expected=false
import requests

from django.http import JsonResponse
from django.urls import path

SERVICE_HOST = "inventory.internal.example.com"


def case_00275(request):
    param = request.META.get("HTTP_X_QUERY", "")
    bar = param
    resp = requests.get(f"https://{SERVICE_HOST}/lookup/{int(bar)}", timeout=5)  # want: PY-HTTP-NO-PROXY
    result = resp.status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00275/", case_00275),
]
