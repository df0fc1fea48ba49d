# generated case (gen9): category=codeinj rule=PY-CODE-INJECTION fw=django shape=interactive_interpreter_runsource expected=true
import code
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_interactive_interpreter_runsource(request):
    param = request.POST.get("q", "")
    more = code.InteractiveInterpreter().runsource(param)  # want: PY-CODE-INJECTION
    return JsonResponse({"result": str(more)})


urlpatterns = [
    path("codeinj_interactive_interpreter_runsource/", case_interactive_interpreter_runsource),
]
