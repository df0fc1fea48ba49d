# generated case (gen9): category=cmdi rule=PY-CMDI fw=django shape=context_manager_enter expected=true
import os
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

class CommandScope:
    def __init__(self, target):
        self.target = target

    def __enter__(self):
        return "nslookup " + self.target

    def __exit__(self, *exc):
        return False


def case_context_manager_enter(request):
    param = request.GET.get("q", "")
    with CommandScope(param) as cmd:
        rc = os.system(cmd)  # want: PY-CMDI
    return JsonResponse({"result": str(rc)})


urlpatterns = [
    path("cmdi_context_manager_enter/", case_context_manager_enter),
]
