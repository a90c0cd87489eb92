// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the SVG emblem to the PNG sizes desktops look up in the hicolor theme, at build
// time, so that only the SVG is kept in the repository.
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        QTextStream(stderr) << "usage: render_icon SVG SIZE PNG\n";
        return 1;
    }
    QSvgRenderer svg(args.at(1));
    const int size = args.at(2).toInt();
    if (!svg.isValid() || size <= 0)
        return 2;
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter);
    painter.end();
    return image.save(args.at(3), "PNG") ? 0 : 3;
}
