# gen2_absolute: Django function views using `import gen2_absolute.commands as commands`
import gen2_absolute.commands as commands
from django.http import JsonResponse


def report(request):
    return JsonResponse({"out": commands.run_report(request.GET.get("name", "")).decode()})


def report_list(request):
    return JsonResponse({"out": commands.run_report_list(request.GET.get("name", "")).decode()})
