# generated case (gen_cases7): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=get shape=remove_join sink=specific expected=true
import os

from django.http import JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/files/"


def case_00242(request):
    param = request.GET.get("q", "")
    bar = param
    os.remove(BASE_DIR + bar)  # want: PY-PATH-TRAVERSAL
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00242/", case_00242),
]
