from desktop_blog import run

run()
